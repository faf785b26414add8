#include "printouts/acknowledgement.hpp"

#include <string>

#include "printouts/document_parts.hpp"
#include "printouts/formatting.hpp"

namespace motcua::printouts {

namespace {

// Enough of the digest for a citizen to compare with what their own tool shows.
constexpr std::size_t kHashPrefix = 16;

const TextStyle kNoteStyle{.size = 11, .italic = true, .align = Align::justify};
const TextStyle kIssuedStyle{.family = kSans, .size = 9, .italic = true, .align = Align::right};

Table files_table(const std::vector<app::StoredFile>& files, const Labels& labels) {
  Table table{.columns = {{std::string{labels.number_column}, 0.07, Align::center},
                          {std::string{labels.file_name_column}, 0.51, Align::left},
                          {std::string{labels.file_size_column}, 0.16, Align::right},
                          {std::string{labels.file_hash_column}, 0.26, Align::left}}};
  int number = 0;
  for (const auto& file : files) {
    table.rows.push_back({std::to_string(++number), file.original_name,
                          file_size(file.size, labels), file.sha256.substr(0, kHashPrefix)});
  }
  return table;
}

void submission_lines(PageLayout& page, const app::DossierDetail& detail, const Labels& labels) {
  page.paragraph(labelled(labels.ack_submitted_at,
                          clock_and_date(detail.dossier.submitted_at, labels), labels, true));
  page.paragraph(labelled(labels.ack_status, labels.ack_status_value, labels));
  page.paragraph(
      labelled(labels.ack_receiving_unit, unit_with_address(detail.receiving_unit), labels));
}

void uploaded_files(PageLayout& page, const app::DossierDetail& detail, const Labels& labels) {
  if (detail.files.empty()) {
    page.paragraph(labels.ack_no_files);
    return;
  }
  page.paragraph(labels.ack_files);
  page.table(files_table(detail.files, labels));
}

}  // namespace

PdfMetadata acknowledgement_metadata(const app::DossierDetail& detail,
                                     const app::PrintContext& context, const Labels& labels) {
  return PdfMetadata{
      .title = std::string{labels.ack_name} + " - " + detail.dossier.code,
      .subject = detail.procedure.name,
      .author =
          detail.receiving_unit.name.empty() ? context.province_name : detail.receiving_unit.name,
      .created = core::format_iso(issued_at(detail.dossier.submitted_at, detail)),
  };
}

void compose_acknowledgement(PageLayout& page, const app::DossierDetail& detail,
                             const app::PrintContext& context, const Labels& labels) {
  national_header(page, detail, context, issued_at(detail.dossier.submitted_at, detail), labels);
  page.skip(12);
  title_block(page, labels.ack_title, detail.dossier.code, labels);
  lookup_qr(page, context.lookup_url, labels);
  page.paragraph(labels.ack_intro);
  applicant_block(page, detail, context, labels.applicant_name, labels);
  request_line(page, detail, labels);
  submission_lines(page, detail, labels);
  uploaded_files(page, detail, labels);
  page.skip(4);
  page.paragraph(labels.ack_note, kNoteStyle);
  page.paragraph(labels.ack_system_issued, kIssuedStyle);
}

}  // namespace motcua::printouts
