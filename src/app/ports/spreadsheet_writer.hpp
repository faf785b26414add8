#pragma once
// Tables handed out as Excel workbooks (requirements §5 B4: registers and reports "export to
// Excel"), written by the reports adapter. The use cases only describe the table.
#include <string>
#include <vector>

namespace motcua::app {

struct SheetColumn {
  std::string title;
  double width = 15;     // in characters, as Excel measures columns
  bool numeric = false;  // cells written as numbers, so the reader can add them up
};

struct Sheet {
  std::string name;                      // the tab's name (at most 31 characters)
  std::vector<std::string> title_lines;  // above the table: the unit, the document's name, period
  std::vector<SheetColumn> columns;
  std::vector<std::vector<std::string>> rows;
};

class SpreadsheetWriter {
 public:
  virtual ~SpreadsheetWriter() = default;
  // The .xlsx bytes. Throws std::runtime_error if the workbook cannot be written.
  virtual std::string workbook(const Sheet& sheet) const = 0;
};

}  // namespace motcua::app
