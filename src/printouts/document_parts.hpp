#pragma once
// The blocks both printouts share: the national header of a state document, the title with the
// dossier code, the QR code to the public lookup, the applicant's particulars, the signature block
// and the page footer.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/dossier_detail.hpp"
#include "app/ports/printer.hpp"
#include "core/time.hpp"
#include "printouts/labels.hpp"
#include "printouts/page_layout.hpp"

namespace motcua::printouts {

// The instant a printout is issued at: what it records (reception, submission), else the dossier's
// creation, so reprinting the same dossier yields the same paper.
core::Instant issued_at(const std::optional<core::Instant>& event,
                        const app::DossierDetail& detail);

// Small print at the top right, e.g. "Mẫu số 01".
void form_number(PageLayout& page, std::string_view number);

// Decree 30/2020/NĐ-CP Annex I layout: the owning authority and the issuing unit on the left, the
// unit's name ruled short beneath; the national name and motto on the right, the motto ruled its
// full width; the place-and-date line under them.
void national_header(PageLayout& page, const app::DossierDetail& detail,
                     const app::PrintContext& context, core::Instant issued, const Labels& labels);

// The document's title and "Mã hồ sơ: <code>", centred.
void title_block(PageLayout& page, std::string_view title, std::string_view code,
                 const Labels& labels);

// The lookup URL as a QR code at the right margin, with a caption; the next paragraphs wrap
// beside it.
void lookup_qr(PageLayout& page, std::string_view url, const Labels& labels);

// "<label>: <value>", the value in bold when asked; the paper form's blank when there is none.
std::vector<Run> labelled(std::string_view label, std::string_view value, const Labels& labels,
                          bool bold_value = false);

// The applicant as the context names them, else as the dossier does.
std::string applicant_name(const app::DossierDetail& detail, const app::PrintContext& context);

// Name (under `name_label`), personal identification number, address, phone and email.
void applicant_block(PageLayout& page, const app::DossierDetail& detail,
                     const app::PrintContext& context, std::string_view name_label,
                     const Labels& labels);

// "Nội dung yêu cầu giải quyết: <procedure> (mã thủ tục: <code>)".
void request_line(PageLayout& page, const app::DossierDetail& detail, const Labels& labels);

// The receiving unit's name and, when known, its address.
std::string unit_with_address(const core::Unit& unit);

struct Signatory {
  std::string title;  // NGƯỜI NỘP HỒ SƠ
  std::string name;   // printed under the space left for the signature
};

// Two signatories side by side, each with the "(Ký và ghi rõ họ tên)" hint.
void signature_block(PageLayout& page, const Signatory& left, const Signatory& right,
                     const Labels& labels);

// "Mã hồ sơ <code> - Trang n/N" in the bottom margin: pages of a long form stay together.
PageFooter page_footer(std::string code, int pages, const Labels& labels);

}  // namespace motcua::printouts
