#include "printouts/notice_forms.hpp"

#include "core/deadline.hpp"
#include "printouts/document_parts.hpp"
#include "printouts/formatting.hpp"
#include "printouts/notice_labels.hpp"

namespace motcua::printouts {
namespace {

std::string intro(const NoticeText& text, const app::DossierDetail& detail,
                  const app::PrintContext& context) {
  const auto& unit =
      detail.competent_unit.name.empty() ? detail.receiving_unit.name : detail.competent_unit.name;
  return fill(text.intro, {{"unit", unit},
                           {"applicant", applicant_name(detail, context)},
                           {"procedure", detail.procedure.name}});
}

// Form 06: one row per event after the dossier was filed.
Table hand_offs(const app::DossierDetail& detail, const NoticeLabels& notice, const Labels& labels,
                std::string_view lang) {
  Table table{.columns = {{std::string{labels.number_column}, 0.07, Align::center},
                          {std::string{notice.time_column}, 0.2, Align::left},
                          {std::string{notice.actor_column}, 0.18, Align::left},
                          {std::string{notice.action_column}, 0.2, Align::left},
                          {std::string{notice.status_column}, 0.1, Align::center},
                          {std::string{notice.note_column}, 0.25, Align::left}}};
  int number = 0;
  for (const auto& event : detail.events) {
    if (event.action == "create") continue;
    table.rows.push_back({std::to_string(++number), clock_and_date(event.at, labels), event.actor,
                          std::string(action_words(lang, event.action)),
                          std::to_string(core::status_code(event.from)) + " → " +
                              std::to_string(core::status_code(event.to)),
                          event.comment});
  }
  return table;
}

std::string outcome_of(const app::DossierDetail& detail, const Labels& labels,
                       std::string_view lang) {
  for (const auto& event : detail.events) {
    if (event.to != core::Status::resolved || !detail.dossier.clock.due_at) continue;
    const auto kept = core::timeliness(*detail.dossier.clock.due_at, event.at);
    return std::string(timeliness_words(lang, core::timeliness_name(kept)));
  }
  return std::string(labels.missing);
}

void control_sheet(PageLayout& page, const app::DossierDetail& detail, const NoticeLabels& notice,
                   const Labels& labels, std::string_view lang) {
  const auto& clock = detail.dossier.clock;
  page.paragraph(labelled(notice.received_at, clock_and_date(clock.received_at, labels), labels));
  page.paragraph(labelled(notice.due_at, clock_and_date(clock.due_at, labels), labels, true));
  page.paragraph(labelled(notice.outcome, outcome_of(detail, labels, lang), labels));
  page.table(hand_offs(detail, notice, labels, lang));
}

void notice_body(PageLayout& page, app::Printout form, const app::PrintContext& context,
                 const NoticeLabels& notice, const NoticeText& text, const Labels& labels) {
  if (form == app::Printout::form_02 && !context.items.empty()) {
    page.paragraph(std::string(notice.papers) + ":");
    for (const auto& item : context.items) page.paragraph("- " + item, {}, 18);
  }
  if (form == app::Printout::form_04) {
    page.paragraph(labelled(notice.old_due, clock_and_date(context.old_due_at, labels), labels));
    page.paragraph(
        labelled(notice.new_due, clock_and_date(context.new_due_at, labels), labels, true));
  }
  page.paragraph(labelled(text.reason, context.reason, labels));
  page.paragraph(labelled(notice.issued_by, context.action_by, labels));
}

}  // namespace

PdfMetadata notice_metadata(app::Printout form, const app::DossierDetail& detail,
                            const app::PrintContext& context) {
  const auto& text = notice_text(notice_labels_for(context.lang), form, context.numbering_2018);
  return PdfMetadata{
      .title = std::string{text.name} + " - " + detail.dossier.code,
      .subject = detail.procedure.name,
      .author =
          detail.competent_unit.name.empty() ? context.province_name : detail.competent_unit.name,
      .created = core::format_iso(issued_at(context.action_at, detail)),
  };
}

void compose_notice(PageLayout& page, app::Printout form, const app::DossierDetail& detail,
                    const app::PrintContext& context, const Labels& labels) {
  const auto& notice = notice_labels_for(context.lang);
  const auto& text = notice_text(notice, form, context.numbering_2018);
  form_number(page, text.number);
  national_header(page, detail, context, issued_at(context.action_at, detail), labels);
  page.skip(12);
  title_block(page, text.title, detail.dossier.code, labels);
  lookup_qr(page, context.lookup_url, labels);
  page.paragraph(intro(text, detail, context));
  request_line(page, detail, labels);
  if (form == app::Printout::form_06) {
    control_sheet(page, detail, notice, labels, context.lang);
    return;
  }
  notice_body(page, form, context, notice, text, labels);
  signature_block(page, {std::string{notice.issued_by}, context.action_by},
                  {std::string{notice.leader}, ""}, labels);
}

}  // namespace motcua::printouts
