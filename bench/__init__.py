"""Benchmarks that print their figures (not tests); ``bench.settings`` serves them the production shape."""
