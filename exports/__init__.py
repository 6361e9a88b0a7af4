"""What people read: PDF sheets (reportlab) and, later, Excel workbooks (openpyxl)."""
