"""Step 4, analysis: one module per notebook, turning tables into the findings' tables and figures."""
