// "Print" buttons (data-print): a file, not an onclick attribute, so the Content-Security-Policy needs no
// 'unsafe-inline' for scripts.
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
