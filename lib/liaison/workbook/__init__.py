"""Step 5, workbook: run the notebooks, present and save their results, write the report."""
