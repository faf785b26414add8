#include "app/applicant_notices.hpp"

#include <map>

#include "app/national_sync.hpp"
#include "app/outbox.hpp"
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

// Vietnamese first, then English, in one message: the applicant's language is not known.
std::string bilingual(const TextCatalog& texts, const std::string& key, const Params& params,
                      const std::string& separator) {
  return texts.text("vi", key, params) + separator + texts.text("en", key, params);
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

}  // namespace

void notify_applicant(const Services& services, Transaction& tx, const core::Dossier& dossier,
                      const core::DossierEvent& event) {
  if (services.texts == nullptr) return;
  const auto notice = core::applicant_notice(event.action, event.from, event.to);
  if (!notice) return;
  const auto params = notice_params(services, dossier, event);
  const auto channels = channels_for(tx, dossier);
  const auto ref = dossier.code + ":" + std::to_string(event.seq);
  const auto& texts = *services.texts;
  if (channels.sms) {
    enqueue(services, tx,
            {"sms",
             "sms",
             "sms:" + ref,
             dossier_stream("sms", dossier),
             dossier.id,
             {{"to", dossier.applicant.phone},
              {"text", bilingual(texts, "notice.sms." + *notice, params, " / ")},
              {"ref", ref}}});
  }
  if (channels.email) {
    enqueue(services, tx,
            {"email",
             "email",
             "email:" + ref,
             dossier_stream("email", dossier),
             dossier.id,
             {{"to", dossier.applicant.email},
              {"subject", bilingual(texts, "notice.subject." + *notice, params, " / ")},
              {"text", bilingual(texts, "notice.email." + *notice, params, "\n\n---\n\n")},
              {"ref", ref}}});
  }
}

}  // namespace motcua::app
