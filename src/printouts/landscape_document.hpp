#pragma once
// Tables too wide for a portrait page (the register, the periodic reports): landscape A4 with the
// margins of Decree 30/2020 Annex I turned with the page, and every page numbered "Trang n/N".
#include <functional>
#include <string>

#include "app/ports/printer.hpp"
#include "core/unit.hpp"
#include "printouts/labels.hpp"
#include "printouts/page_layout.hpp"
#include "printouts/pdf_document.hpp"

namespace motcua::printouts {

extern const PageGeometry kLandscape;

// The PDF `compose` lays out, each page's footer `footer` with {page} and {pages} filled. The page
// count is known only once laid out, so it is drawn twice.
std::string draw_landscape(const PdfMetadata& metadata, std::string_view footer,
                           const std::function<void(PageLayout&)>& compose);

// What a unit's report for a period opens with: the national header of `unit`, the title, then
// `period` ({from} {to}) and `unit_line` ({unit}) centred.
struct ReportHeading {
  std::string_view title;
  std::string_view period;
  std::string_view unit_line;
};
void report_heading(PageLayout& page, const core::Unit& unit, core::LocalDate from,
                    core::LocalDate to, const ReportHeading& text, const app::PrintContext& context,
                    const Labels& labels);

}  // namespace motcua::printouts
