#include "app/dossier_messages.hpp"

#include "app/dossier_flow.hpp"
#include "app/errors.hpp"
#include "app/notifications.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

core::Dossier visible_dossier(Transaction& tx, const User& user, const std::string& code,
                              std::string& side) {
  auto dossier = tx.find_dossier_by_code(code);
  if (!dossier) throw_not_found("dossier");
  side = message_side(user, *dossier, tx.list_units());
  if (side.empty()) throw_not_found("dossier");
  return *dossier;
}

}  // namespace

std::string message_side(const User& user, const core::Dossier& dossier,
                         const std::vector<core::Unit>& units) {
  if (dossier.code.empty()) return "";  // a draft has no agency to talk to yet
  if (dossier.owner_id == user.id) return kSideCitizen;
  if (!user.is_official()) return "";
  const bool serves = official_serves_side(user, dossier, core::Side::reception, units) ||
                      official_serves_side(user, dossier, core::Side::processing, units);
  return serves ? kSideAgency : "";
}

std::vector<DossierMessage> DossierMessages::list(const Principal& who, const std::string& code) {
  std::vector<DossierMessage> messages;
  services_.store.read([&](Transaction& tx) {
    std::string side;
    const auto dossier = visible_dossier(tx, who.user, code, side);
    messages = tx.list_messages(dossier.id);
  });
  return messages;
}

DossierMessage DossierMessages::post(const Principal& who, const std::string& code,
                                     const std::string& body) {
  const auto text = core::trim(body);
  if (text.empty()) throw_invalid({{"body", "error.required"}});
  if (!core::is_valid_utf8(text)) throw_invalid({{"body", "error.form_shape"}});
  if (text.size() > kMaxMessageBytes) throw_invalid({{"body", "error.too_long"}});
  DossierMessage message;
  services_.store.write([&](Transaction& tx) {
    const auto dossier = visible_dossier(tx, who.user, code, message.side);
    message.dossier_id = dossier.id;
    message.author_id = who.user.id;
    message.body = text;
    message.created_at = services_.clock.now();
    message.id = tx.insert_message(message);
    if (message.side == kSideAgency) notify_owner(tx, dossier, kNoticeMessage, message.created_at);
  });
  return message;
}

}  // namespace motcua::app
