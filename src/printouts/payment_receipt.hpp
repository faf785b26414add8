#pragma once
// Biên lai thu phí, lệ phí điện tử: the receipt the collecting unit issues for a fee paid online
// through PayGov (Decree 11/2020/NĐ-CP Art 32; requirements P10, §9.4). It names the unit that
// collected, the payer, what was paid for, the amount in figures and in words, and PayGov's
// references, so the citizen can show it anywhere and the unit can reconcile it.
#include "app/dossier_detail.hpp"
#include "app/ports/printer.hpp"
#include "printouts/labels.hpp"
#include "printouts/page_layout.hpp"
#include "printouts/pdf_document.hpp"

namespace motcua::printouts {

PdfMetadata receipt_metadata(const app::DossierDetail& detail, const app::PrintContext& context);

// `context.receipt` must be set.
void compose_receipt(PageLayout& page, const app::DossierDetail& detail,
                     const app::PrintContext& context, const Labels& labels);

}  // namespace motcua::printouts
