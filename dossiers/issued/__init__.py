"""Documents the system issues (results and the printed slips): the QR code each carries (Circular 01/2023/TT-VPCP),
the register of what was issued with the hash of each file, and the check the public verification page makes."""
