#include "web/portal/draft_edit.hpp"

#include <algorithm>
#include <charconv>

#include "app/errors.hpp"

namespace motcua::web::portal {
namespace {

constexpr std::string_view kFilePrefix = "file:";

std::optional<long long> parse_id(const std::string& text) {
  long long value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value <= 0) return std::nullopt;
  return value;
}

bool has_component(const core::Procedure& procedure, const std::string& id) {
  for (const auto& component : procedure.components) {
    if (component.id == id) return true;
  }
  return false;
}

// An upload's failure is shown beside its component: the error names the file, the page the part.
std::string upload_error_key(const app::AppError& error) {
  if (!error.fields().empty()) return error.fields().begin()->second;
  return error.message_key();
}

int posted_row_count(const PageRequest& page, const std::string& field) {
  const auto count = parse_id(page.field("rows:" + field));
  return count ? static_cast<int>(std::min<long long>(*count, kMaxFormRows)) : 0;
}

std::optional<std::size_t> parse_index(std::string_view text) {
  std::size_t value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || text.empty()) return std::nullopt;
  return value;
}

// "row_add:<field>" and "row_remove:<field>:<row>": the table changes without JavaScript.
void apply_row_op(DraftEdit& edit, const PageRequest& page, const core::Procedure& procedure,
                  const std::string& op) {
  for (const auto& field : procedure.form) {
    if (field.type != core::FieldType::rows) continue;
    int& wanted = edit.rows[field.name];
    wanted = posted_row_count(page, field.name);
    if (op == "row_add:" + field.name) wanted = std::min(wanted + 1, kMaxFormRows);
    const auto remove_prefix = "row_remove:" + field.name + ":";
    if (op.rfind(remove_prefix, 0) != 0) continue;
    const auto index = parse_index(std::string_view(op).substr(remove_prefix.size()));
    auto& rows = edit.answers[field.name];
    if (index && rows.is_array() && *index < rows.size()) rows.erase(*index);
    wanted = std::max(wanted - 1, 0);
  }
}

}  // namespace

DraftEdit read_draft_edit(const PageRequest& page, const core::Procedure& procedure) {
  DraftEdit edit;
  edit.answers = posted_answers(procedure.form, page.form.fields);
  for (const auto& file : page.form.files) {
    if (file.field.rfind(kFilePrefix, 0) != 0) continue;
    const auto component = file.field.substr(kFilePrefix.size());
    if (!has_component(procedure, component) || file.data.empty()) continue;
    edit.uploads.push_back({component, file.filename, file.data});
  }
  const auto op = page.field("op");
  edit.submit = op == "submit";
  edit.review = op == "review";
  edit.redraw = op == "refresh_address" || op.rfind("row_", 0) == 0;
  apply_row_op(edit, page, procedure, op);
  return edit;
}

DraftOutcome apply_draft_edit(app::Services& services, const app::Principal& who, long long id,
                              const DraftEdit& edit) {
  app::ApplicantDossiers dossiers(services);
  DraftOutcome outcome;
  dossiers.update_draft(who, id, edit.answers);
  outcome.notice = "saved";
  for (const auto& upload : edit.uploads) {
    try {
      dossiers.add_file(who, id, upload);
      outcome.notice = "uploaded";
    } catch (const app::AppError& error) {
      if (!app::refuses_one_file(error)) throw;
      outcome.errors["component:" + upload.component_id] = upload_error_key(error);
    }
  }
  if (edit.review && outcome.errors.empty()) {
    outcome.errors = dossiers.check_draft(who, id);
    outcome.review = outcome.errors.empty();
    return outcome;
  }
  if (!edit.submit || !outcome.errors.empty()) return outcome;
  try {
    outcome.submitted = dossiers.submit(who, id);
  } catch (const app::AppError& error) {
    if (error.kind() != app::ErrorKind::invalid_input) throw;
    outcome.errors = error.fields();
  }
  return outcome;
}

}  // namespace motcua::web::portal
