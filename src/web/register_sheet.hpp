#pragma once
// Form 07 as an Excel table: the same columns as the PDF, headed in the reader's language.
#include <string>

#include "app/ports/printer.hpp"
#include "app/ports/spreadsheet_writer.hpp"
#include "views/i18n.hpp"

namespace motcua::web {

app::Sheet register_sheet(const views::Translations& translations, const std::string& lang,
                          const app::UnitRegister& register_book);

}  // namespace motcua::web
