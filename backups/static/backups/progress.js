// Polls the status of each running backup; reloads the list once one has finished, so its download link appears.
document.querySelectorAll("[data-backup-status-url]").forEach((row) => {
  const poll = async () => {
    const status = await (await fetch(row.dataset.backupStatusUrl, { credentials: "same-origin" })).json();
    row.querySelector("progress").value = status.progress;
    row.querySelector("[data-backup-progress]").textContent = `${status.progress}% – ${status.step}`;
    row.querySelector("[data-backup-state]").textContent = status.state_label;
    if (status.in_progress) setTimeout(poll, 2000);
    else window.location.reload();
  };
  setTimeout(poll, 2000);
});
