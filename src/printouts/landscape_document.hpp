#pragma once
// Tables too wide for a portrait page (the register, the periodic reports): landscape A4 with the
// margins of Decree 30/2020 Annex I turned with the page, and every page numbered "Trang n/N".
#include <functional>
#include <string>

#include "printouts/labels.hpp"
#include "printouts/page_layout.hpp"
#include "printouts/pdf_document.hpp"

namespace motcua::printouts {

extern const PageGeometry kLandscape;

// The PDF `compose` lays out, each page's footer `footer` with {page} and {pages} filled. The page
// count is known only once laid out, so it is drawn twice.
std::string draw_landscape(const PdfMetadata& metadata, std::string_view footer,
                           const std::function<void(PageLayout&)>& compose);

}  // namespace motcua::printouts
