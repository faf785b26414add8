#pragma once
// Forms 02 to 06 of Circular 03/2025/TT-VPCP Annex I: the notices a unit issues when it asks for
// more papers, refuses, apologises with a new date or stops, and the control sheet of every
// hand-off. Each is filled from the dossier and the action that issued it.
#include "app/dossier_detail.hpp"
#include "app/ports/printer.hpp"
#include "printouts/labels.hpp"
#include "printouts/page_layout.hpp"
#include "printouts/pdf_document.hpp"

namespace motcua::printouts {

PdfMetadata notice_metadata(app::Printout form, const app::DossierDetail& detail,
                            const app::PrintContext& context);

void compose_notice(PageLayout& page, app::Printout form, const app::DossierDetail& detail,
                    const app::PrintContext& context, const Labels& labels);

}  // namespace motcua::printouts
