#pragma once
// The fixed words of forms 02 to 06 (Circular 03/2025/TT-VPCP Annex I), one table per language.
#include <string_view>

#include "app/ports/printer.hpp"

namespace motcua::printouts {

struct NoticeText {
  std::string_view number;  // Mẫu số 02
  std::string_view name;    // the PDF's title
  std::string_view title;   // the form's heading
  std::string_view intro;   // {unit} … {applicant} … {procedure}
  std::string_view reason;  // the label of the recorded reason
};

struct NoticeLabels {
  NoticeText supplement;
  NoticeText refusal;
  NoticeText apology;
  NoticeText stop;
  NoticeText control;
  // Circular 01/2018/TT-VPCP's numbering: Mẫu 04 was the apology with a new date, Mẫu 05 the
  // control sheet.
  NoticeText apology_2018;
  NoticeText control_2018;
  std::string_view papers;       // form 02: the papers to add
  std::string_view old_due;      // form 04
  std::string_view new_due;      // form 04
  std::string_view issued_by;    // the official who recorded it
  std::string_view received_at;  // form 06
  std::string_view due_at;
  std::string_view outcome;  // form 06: early / on time / late
  std::string_view time_column;
  std::string_view actor_column;
  std::string_view action_column;
  std::string_view status_column;
  std::string_view note_column;
  std::string_view leader;  // the signatory of the unit
};

const NoticeLabels& notice_labels_for(std::string_view lang);
// What the control sheet prints for an event's action ("complete-step") and for how a dossier
// kept its deadline ("on_time"), in `lang`; the name itself when it has no words yet.
std::string_view action_words(std::string_view lang, std::string_view action);
std::string_view timeliness_words(std::string_view lang, std::string_view timeliness);
// The wording of one of forms 02–06.
const NoticeText& notice_text(const NoticeLabels& labels, app::Printout form,
                              bool numbering_2018 = false);

}  // namespace motcua::printouts
