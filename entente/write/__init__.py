"""The write side: article documents built from seed files, derivation, ingestion, the writer and its journal."""
