"""Each procedure's internal process (quy trình nội bộ): which version applies to a dossier, how long the receiver
of each hand-off has under it (``versions``), and the administrators' screens (``admin``)."""
