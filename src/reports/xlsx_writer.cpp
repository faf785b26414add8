#include "reports/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace motcua::reports {
namespace {

// A numeric column's cell as a number when it reads as one, else as the text it is.
void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const std::string& value,
                bool numeric, lxw_format* format) {
  if (numeric && !value.empty()) {
    std::size_t used = 0;
    try {
      const double number = std::stod(value, &used);
      if (used == value.size()) {
        worksheet_write_number(sheet, row, col, number, format);
        return;
      }
    } catch (const std::exception&) {  // not a number after all: written as text below
    }
  }
  worksheet_write_string(sheet, row, col, value.c_str(), format);
}

constexpr std::size_t kMaxSheetName = 31;  // Excel's limit

// A file name only this call uses, removed on every path.
class TemporaryFile {
 public:
  TemporaryFile() {
    auto pattern = (std::filesystem::temp_directory_path() / "motcua-XXXXXX.xlsx").string();
    const int fd = ::mkstemps(pattern.data(), 5);
    if (fd < 0) throw std::runtime_error("cannot create a temporary workbook");
    ::close(fd);
    path_ = pattern;
  }
  ~TemporaryFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string sheet_name(const std::string& name) {
  std::string safe;
  for (const char c : name) {
    // Excel refuses these in a tab's name.
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) safe.push_back(c);
  }
  if (safe.empty()) safe = "Sheet1";
  // Cut on a character boundary: a UTF-8 continuation byte never starts the rest.
  if (safe.size() > kMaxSheetName) {
    std::size_t cut = kMaxSheetName;
    while (cut > 0 && (static_cast<unsigned char>(safe[cut]) & 0xC0) == 0x80) --cut;
    safe.resize(cut);
  }
  return safe;
}

void write_rows(lxw_workbook* book, lxw_worksheet* sheet, const app::Sheet& table) {
  lxw_format* title = workbook_add_format(book);
  format_set_bold(title);
  format_set_font_size(title, 13);
  lxw_format* header = workbook_add_format(book);
  format_set_bold(header);
  format_set_text_wrap(header);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_bg_color(header, 0xE7EEF7);
  lxw_format* cell = workbook_add_format(book);
  format_set_text_wrap(cell);
  format_set_border(cell, LXW_BORDER_THIN);
  format_set_align(cell, LXW_ALIGN_VERTICAL_TOP);
  lxw_row_t row = 0;
  for (const auto& line : table.title_lines)
    worksheet_write_string(sheet, row++, 0, line.c_str(), title);
  if (!table.title_lines.empty()) ++row;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    const auto col = static_cast<lxw_col_t>(i);
    worksheet_set_column(sheet, col, col, table.columns[i].width, nullptr);
    worksheet_write_string(sheet, row, col, table.columns[i].title.c_str(), header);
  }
  worksheet_freeze_panes(sheet, row + 1, 0);
  ++row;
  for (const auto& values : table.rows) {
    for (std::size_t i = 0; i < values.size(); ++i)
      write_cell(sheet, row, static_cast<lxw_col_t>(i), values[i],
                 i < table.columns.size() && table.columns[i].numeric, cell);
    ++row;
  }
}

}  // namespace

std::string XlsxWriter::workbook(const app::Sheet& table) const {
  const TemporaryFile file;
  const auto temp_dir = std::filesystem::temp_directory_path().string();
  lxw_workbook_options options{.constant_memory = LXW_TRUE,
                               .tmpdir = const_cast<char*>(temp_dir.c_str()),
                               .use_zip64 = LXW_FALSE};
  lxw_workbook* book = workbook_new_opt(file.path().c_str(), &options);
  if (book == nullptr) throw std::runtime_error("cannot start a workbook");
  lxw_worksheet* sheet = workbook_add_worksheet(book, sheet_name(table.name).c_str());
  if (sheet == nullptr) {
    workbook_close(book);
    throw std::runtime_error("cannot add a worksheet");
  }
  write_rows(book, sheet, table);
  if (workbook_close(book) != LXW_NO_ERROR) throw std::runtime_error("cannot write the workbook");
  std::ifstream in(file.path(), std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace motcua::reports
