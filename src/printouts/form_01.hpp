#pragma once
// Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: handed to the applicant when the desk accepts a
// dossier (Circular 01/2018/TT-VPCP Mẫu 01; kept as Mẫu 01 by Circular 03/2025/TT-VPCP Annex I;
// requirements §2.4, §13.5).
#include "app/dossier_detail.hpp"
#include "app/ports/printer.hpp"
#include "printouts/labels.hpp"
#include "printouts/page_layout.hpp"
#include "printouts/pdf_document.hpp"

namespace motcua::printouts {

PdfMetadata form_01_metadata(const app::DossierDetail& detail, const app::PrintContext& context,
                             const Labels& labels);

void compose_form_01(PageLayout& page, const app::DossierDetail& detail,
                     const app::PrintContext& context, const Labels& labels);

}  // namespace motcua::printouts
