#pragma once
// The electronic acknowledgement of an online submission (status 1, Mới đăng ký; requirements
// §2.1): proof that the system holds the dossier and its files. It is not form 01: the appointment
// for the result is only given once the desk has checked and received the dossier.
#include "app/dossier_detail.hpp"
#include "app/ports/printer.hpp"
#include "printouts/labels.hpp"
#include "printouts/page_layout.hpp"
#include "printouts/pdf_document.hpp"

namespace motcua::printouts {

PdfMetadata acknowledgement_metadata(const app::DossierDetail& detail,
                                     const app::PrintContext& context, const Labels& labels);

void compose_acknowledgement(PageLayout& page, const app::DossierDetail& detail,
                             const app::PrintContext& context, const Labels& labels);

}  // namespace motcua::printouts
