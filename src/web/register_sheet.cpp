#include "web/register_sheet.hpp"

#include "web/pages/dossier_views.hpp"

namespace motcua::web {

app::Sheet register_sheet(const views::Translations& translations, const std::string& lang,
                          const app::UnitRegister& book) {
  const auto text = [&](const char* key) { return translations.text(lang, key); };
  app::Sheet sheet;
  sheet.name = text("register.sheet");
  sheet.title_lines = {book.unit.name, text("register.title"),
                       translations.format(lang, "register.period",
                                           {{"from", core::format_display_date(book.from)},
                                            {"to", core::format_display_date(book.to)}})};
  for (const auto& [key, width] :
       std::vector<std::pair<const char*, double>>{{"register.number", 6},
                                                   {"register.code", 24},
                                                   {"register.procedure", 40},
                                                   {"register.applicant", 24},
                                                   {"register.address", 30},
                                                   {"register.phone", 14},
                                                   {"register.competent", 30},
                                                   {"register.received", 18},
                                                   {"register.due", 18},
                                                   {"register.returned", 18},
                                                   {"register.note", 12}})
    sheet.columns.push_back({text(key), width});
  int number = 0;
  for (const auto& entry : book.entries) {
    sheet.rows.push_back({std::to_string(++number), entry.code, entry.procedure_name,
                          entry.applicant_name, entry.applicant_address, entry.applicant_phone,
                          entry.competent_unit, display_time(entry.received_at),
                          display_time(entry.due_at), display_time(entry.returned_at),
                          entry.late ? text("register.late") : ""});
  }
  return sheet;
}

}  // namespace motcua::web
