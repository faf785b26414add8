#include "app/applicant_notices.hpp"

#include <charconv>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "app/contact_messages.hpp"
#include "app/national_sync.hpp"
#include "core/applicant_notices.hpp"

namespace motcua::app {
namespace {

using Params = std::map<std::string, std::string>;

Params notice_params(const Services& services, const core::Dossier& dossier,
                     const core::DossierEvent& event) {
  Params params{{"code", dossier.code},
                {"procedure", dossier.procedure_name},
                {"reason", event.comment},
                {"link", services.policy.public_url + "/tra-cuu?ma=" + dossier.code}};
  if (dossier.clock.due_at)
    params["due"] = core::format_display_date(core::to_local(*dossier.clock.due_at).date);
  const auto payload = nlohmann::json::parse(event.payload, nullptr, false);
  if (payload.is_object() && payload.contains("amount") && payload["amount"].is_number())
    params["amount"] = std::to_string(payload["amount"].get<long long>());
  return params;
}

struct Channels {
  bool sms = false;
  bool email = false;
};

Channels channels_for(Transaction& tx, const core::Dossier& dossier) {
  const bool has_phone = !dossier.applicant.phone.empty();
  const bool has_email = !dossier.applicant.email.empty();
  const auto owner = tx.find_user(dossier.owner_id);
  // A dossier the desk or the national portal holds for the applicant: every contact it has.
  if (!owner || owner->is_official() || !owner->active) return {has_phone, has_email};
  const auto& chosen = owner->notify_channel;
  if (chosen == "portal") return {};  // the account asked for the portal's notices only
  if (chosen == "sms") return {has_phone, !has_phone && has_email};
  if (chosen == "email") return {!has_email && has_phone, has_email};
  return {has_phone, has_email};
}

// Each chosen channel gets the notice once: its key is the channel and the event.
void send_notice(const Services& services, Transaction& tx, const core::Dossier& dossier,
                 const core::DossierEvent& event, Channels channels) {
  const auto notice = core::applicant_notice(event.action, event.from, event.to);
  if (!notice) return;
  const auto params = notice_params(services, dossier, event);
  const auto ref = dossier.code + ":" + std::to_string(event.seq);
  const auto stream = [&](const char* system) { return dossier_stream(system, dossier); };
  if (channels.sms)
    send_sms(services, tx, dossier.applicant.phone,
             {"notice", *notice, params, ref, stream("sms"), dossier.id});
  if (channels.email)
    send_email(services, tx, dossier.applicant.email,
               {"notice", *notice, params, ref, stream("email"), dossier.id});
}

// "<dossier code>:<event seq>", as send_notice made it.
std::optional<std::pair<std::string, int>> parse_ref(const std::string& ref) {
  const auto colon = ref.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == ref.size()) return std::nullopt;
  int seq = 0;
  const auto* end = ref.data() + ref.size();
  const auto parsed = std::from_chars(ref.data() + colon + 1, end, seq);
  if (parsed.ec != std::errc() || parsed.ptr != end) return std::nullopt;
  return std::make_pair(ref.substr(0, colon), seq);
}

}  // namespace

void notify_applicant(const Services& services, Transaction& tx, const core::Dossier& dossier,
                      const core::DossierEvent& event) {
  if (services.texts == nullptr) return;
  send_notice(services, tx, dossier, event, channels_for(tx, dossier));
}

void notify_by_other_channel(const Services& services, Transaction& tx,
                             const OutboxMessage& undelivered) {
  if (services.texts == nullptr || (undelivered.system != "sms" && undelivered.system != "email"))
    return;
  const auto body = nlohmann::json::parse(undelivered.body, nullptr, false);
  const auto ref = body.is_object() ? parse_ref(body.value("ref", "")) : std::nullopt;
  if (!ref) return;
  const auto dossier = tx.find_dossier_by_code(ref->first);
  if (!dossier) return;
  for (const auto& event : tx.list_events(dossier->id)) {
    if (event.seq != ref->second) continue;
    const bool by_sms = undelivered.system == "sms";
    send_notice(services, tx, *dossier, event,
                {!by_sms && !dossier->applicant.phone.empty(),
                 by_sms && !dossier->applicant.email.empty()});
  }
}

}  // namespace motcua::app
