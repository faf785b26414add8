#pragma once
// Excel workbooks with libxlsxwriter in constant-memory mode: rows go to a temporary file as they
// are written, so a register of ten thousand rows costs the memory of one.
#include "app/ports/spreadsheet_writer.hpp"

namespace motcua::reports {

class XlsxWriter final : public app::SpreadsheetWriter {
 public:
  std::string workbook(const app::Sheet& sheet) const override;
};

}  // namespace motcua::reports
