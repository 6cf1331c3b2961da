"""Attachment metadata cleaning, in memory, before sealing (DESIGN.md threat model 5).

Entry point: `media.clean.clean_attachment(data, filename, *, keep_original=False)`. It returns a
`CleanResult`; `media.result` lists the stable warning codes. `media.sniff.sniff_media_type` serves
callers that only have the head of a file too large to clean.
"""
