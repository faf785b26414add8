#include "web/pages/tracking_views.hpp"

#include "app/deadline_reminders.hpp"
#include "core/byte_size.hpp"
#include "web/json_views.hpp"
#include "web/pages/dossier_views.hpp"

namespace motcua::web {
namespace {

using nlohmann::json;

std::string timeliness_key(core::Timeliness timeliness) {
  switch (timeliness) {
    case core::Timeliness::early:
      return "tracking.early";
    case core::Timeliness::on_time:
      return "tracking.on_time";
    case core::Timeliness::late:
      return "tracking.late";
  }
  return "tracking.on_time";
}

const char* stage_label_key(core::Status status) {
  switch (status) {
    case core::Status::submitted:
      return "tracking.stage.submitted";
    case core::Status::received:
      return "tracking.stage.received";
    case core::Status::processing:
      return "tracking.stage.processing";
    case core::Status::resolved:
      return "tracking.stage.resolved";
    default:
      return "tracking.stage.returned";
  }
}

void add_timeliness(const views::Translations& translations, const std::string& lang,
                    const app::PublicProgress& progress, json::object_t& view) {
  if (progress.timeliness) {
    const auto key = timeliness_key(*progress.timeliness);
    view.emplace("timeliness", translations.text(lang, key));
    view.emplace("timeliness_key", key.substr(9));
  } else if (progress.lookup.due_at && !progress.closed) {
    view.emplace("timeliness", translations.text(lang, "tracking.in_time"));
    view.emplace("timeliness_key", "in_time");
  }
}

}  // namespace

std::string working_days_text(long long minutes, int minutes_per_day, const std::string& lang) {
  if (minutes_per_day <= 0) return "0";
  // Tenths of a day, rounded half up: enough precision for a person, none of it false.
  const long long tenths = (minutes * 10 + minutes_per_day / 2) / minutes_per_day;
  auto text = std::to_string(tenths / 10);
  if (tenths % 10 != 0) text += (lang == "en" ? "." : ",") + std::to_string(tenths % 10);
  return text;
}

json timeline_view(const views::Translations& translations, const std::string& lang,
                   const std::vector<app::TimelineStep>& steps) {
  json out = json::array();
  for (const auto& step : steps) {
    const auto filed_nationally = step.action == "submit" && step.system == "dvcqg";
    json item{{"at", display_time(step.at)},
              {"action", translations.text(lang, filed_nationally ? "tracking.filed_nationally"
                                                                  : "action." + step.action)},
              {"from", status_view(translations, lang, step.from)},
              {"to", status_view(translations, lang, step.to)},
              {"changed", step.from != step.to},
              {"unit", !step.unit_name.empty() ? step.unit_name
                       : !step.system.empty()
                           ? translations.text(lang, "connections.system." + step.system)
                           : translations.text(lang, "tracking.by_you")},
              {"to_unit", step.to_unit_name},
              {"comment", step.comment}};
    out.push_back(std::move(item));
  }
  return out;
}

json schedule_view(const views::Translations& translations, const std::string& lang,
                   const app::DossierTracking& tracking) {
  const auto& clock = tracking.detail.dossier.clock;
  if (!tracking.usage) return nullptr;
  const auto& usage = *tracking.usage;
  const auto per_day = usage.minutes_per_day;
  json view{
      {"percent", usage.percent},
      {"late", usage.late},
      {"used_text",
       translations.format(lang, "tracking.time_used",
                           {{"used", working_days_text(usage.used_minutes, per_day, lang)},
                            {"allowed", working_days_text(usage.allowed_minutes, per_day, lang)}})},
      {"due", display_time(clock.due_at)}};
  if (usage.late && clock.due_at) {
    const auto over = usage.used_minutes - usage.allowed_minutes;
    view["late_text"] =
        translations.format(lang, "tracking.time_late",
                            {{"over", working_days_text(over > 0 ? over : 0, per_day, lang)}});
  }
  if (tracking.finished_at) view["finished"] = display_time(tracking.finished_at);
  if (tracking.forecast) {
    const auto& forecast = *tracking.forecast;
    view["predicted"] = display_time(forecast.predicted_at);
    view["basis_text"] =
        forecast.basis == core::ForecastBasis::history
            ? translations.format(lang, "tracking.predicted_history",
                                  {{"days", std::to_string(forecast.early_working_days)},
                                   {"samples", std::to_string(forecast.samples)}})
            : translations.text(lang, "tracking.predicted_due");
  }
  return view;
}

json messages_view(const views::Translations& translations, const std::string& lang,
                   const std::vector<app::DossierMessage>& messages, Reader reader) {
  json out = json::array();
  for (const auto& message : messages) {
    const bool citizen = message.side == app::kSideCitizen;
    std::string side_key = "tracking.side." + message.side;
    if (reader == Reader::official)
      side_key = citizen ? "tracking.side_citizen_official" : "tracking.side_agency_official";
    out.push_back({{"id", message.id},
                   {"side", message.side},
                   {"side_label", translations.text(lang, side_key)},
                   {"from_citizen", citizen},
                   {"at", display_time(message.created_at)},
                   {"at_iso", core::format_iso(message.created_at)},
                   {"body", message.body}});
  }
  return out;
}

json results_view(const views::Translations& translations, const std::string& lang,
                  const std::vector<app::StoredFile>& results,
                  const std::map<std::string, std::string>& signatures) {
  json out = json::array();
  for (const auto& file : results) {
    const auto name = file.original_name.empty() ? "ket-qua.pdf" : file.original_name;
    const auto signature = signatures.find(file.sha256);
    out.push_back(
        {{"id", file.id},
         {"verify_url",
          signature == signatures.end() ? json(nullptr) : json("/xac-thuc/" + signature->second)},
         {"name", name},
         {"size", core::byte_size_text(file.size)},
         {"at", display_time(file.created_at)},
         {"label", translations.format(lang, "tracking.result_download", {{"name", name}})},
         {"url", "/tep/" + std::to_string(file.id)}});
  }
  return out;
}

json notification_view(const views::Translations& translations, const std::string& lang,
                       const app::Notification& notification) {
  std::string key = "tracking.notice." + notification.kind;
  if (notification.kind == app::kNoticeStatus && notification.action == "apologize")
    key = "tracking.notice.apologize";
  // Deadline reminders go to officials, who open the dossier in the back office.
  const bool reminder = notification.kind == app::kNoticeDeadline;
  if (reminder) key += "." + notification.action;
  const auto base = std::string(reminder ? "/mot-cua/ho-so/" : "/ho-so/");
  const auto status = core::status_from_code(notification.status).value_or(core::Status::draft);
  const auto& label = status_label(translations, lang, status);
  return {{"id", notification.id},
          {"kind", notification.kind},
          {"code", notification.dossier_code},
          {"text", translations.format(lang, key,
                                       {{"code", notification.dossier_code}, {"status", label}})},
          {"at", display_time(notification.created_at)},
          {"unread", !notification.read_at.has_value()},
          {"url", base + notification.dossier_code},
          {"link_label", translations.format(lang, "tracking.open_dossier",
                                             {{"code", notification.dossier_code}})}};
}

// Built key by key: an initializer list makes an array of every pair before the object, which
// cost the lookup page a fifth of its work.
json progress_view(const views::Translations& translations, const std::string& lang,
                   const app::PublicProgress& progress, std::span<const std::string> stage_times) {
  const core::Status stages[] = {core::Status::submitted, core::Status::received,
                                 core::Status::processing, core::Status::resolved,
                                 core::Status::returned};
  const auto& done_text = translations.text(lang, "tracking.stage_done");
  const auto& pending_text = translations.text(lang, "tracking.stage_pending");
  json::array_t items;
  items.reserve(app::kProgressStages);
  for (int i = 0; i < app::kProgressStages; ++i) {
    const bool done = i < progress.stages_reached;
    json::object_t item;
    item.emplace("label", translations.text(lang, stage_label_key(stages[i])));
    item.emplace("done", done);
    item.emplace("current", i + 1 == progress.stages_reached);
    item.emplace("state", done ? done_text : pending_text);
    if (done) item.emplace("at", stage_times[static_cast<std::size_t>(i)]);
    items.emplace_back(std::move(item));
  }
  json::object_t view;
  view.emplace("stages", std::move(items));
  view.emplace("reached", progress.stages_reached);
  view.emplace("total", app::kProgressStages);
  view.emplace("percent", progress.stages_reached * 100 / app::kProgressStages);
  view.emplace("label", translations.format(lang, "tracking.progress_label",
                                            {{"reached", std::to_string(progress.stages_reached)},
                                             {"total", std::to_string(app::kProgressStages)}}));
  view.emplace("overdue", progress.overdue);
  view.emplace("closed", progress.closed);
  if (progress.closed) {
    view.emplace("closed_text",
                 translations.format(
                     lang, "tracking.closed",
                     {{"status", status_label(translations, lang, progress.lookup.status)}}));
  }
  add_timeliness(translations, lang, progress, view);
  return view;
}

}  // namespace motcua::web
