"""Read stage: a file's bytes in, `SourceText` (decoded lines) and `Filing` (header and documents) out."""
