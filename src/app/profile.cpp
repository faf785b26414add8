#include "app/profile.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "app/errors.hpp"
#include "core/form.hpp"
#include "core/text.hpp"

namespace motcua::app {
namespace {

using Errors = std::map<std::string, std::string>;

bool all_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool known_channel(const std::string& channel) {
  return std::any_of(std::begin(kNotifyChannels), std::end(kNotifyChannels),
                     [&](const char* known) { return channel == known; });
}

// The identity number is how dossiers are attributed: recorded once, then fixed (a change goes
// through the help desk with papers, not through a form).
void check_identity(const std::string& recorded, const std::string& given, const char* field,
                    bool (*valid)(std::string_view), const char* message, Errors& errors) {
  if (given.empty() || given == recorded) return;
  if (!recorded.empty()) {
    errors[field] = "account.error.identity_fixed";
  } else if (!valid(given)) {
    errors[field] = message;
  }
}

// A channel the person can be reached by: SMS needs a phone number, e-mail an address.
void check_channel(const std::string& channel, const std::string& phone, const std::string& email,
                   Errors& errors) {
  if (!known_channel(channel)) {
    errors["notify_channel"] = "account.error.channel";
  } else if (channel == "email" && email.empty() && errors.count("email") == 0) {
    errors["email"] = "account.error.channel_needs_email";
  } else if (channel == "sms" && phone.empty() && errors.count("phone") == 0) {
    errors["phone"] = "account.error.channel_needs_phone";
  }
}

void check_contacts(const ProfileInput& in, Errors& errors) {
  if (!in.email.empty() && !core::is_valid_email(in.email)) errors["email"] = "error.email";
  if (!in.phone.empty() && !core::is_valid_phone(in.phone)) errors["phone"] = "error.phone";
  if (in.address.size() > static_cast<std::size_t>(core::kAddressStreetMaxLength))
    errors["address"] = "error.too_long";
  check_channel(in.notify_channel, in.phone, in.email, errors);
}

// Province from the catalog's province tier, the commune inside it (Resolution 202/2025/QH15:
// two tiers, no district).
void check_address(Transaction& tx, const ProfileInput& in, Errors& errors) {
  if (in.province_code.empty()) {
    if (!in.commune_code.empty()) errors["province_code"] = "error.required";
    return;
  }
  const auto province = tx.find_admin_unit(in.province_code);
  if (!province || !core::is_province_tier(province->kind)) {
    errors["province_code"] = "account.error.unknown_unit";
    return;
  }
  if (in.commune_code.empty()) {
    errors["commune_code"] = "account.error.commune_required";
    return;
  }
  const auto commune = tx.find_admin_unit(in.commune_code);
  if (!commune || commune->parent_code != province->code)
    errors["commune_code"] = "account.error.unknown_unit";
}

ProfileInput trimmed(ProfileInput in) {
  for (auto* text : {&in.citizen_id, &in.tax_code, &in.phone, &in.email, &in.province_code,
                     &in.commune_code, &in.address, &in.notify_channel}) {
    *text = core::trim(*text);
  }
  if (in.notify_channel.empty()) in.notify_channel = "portal";
  return in;
}

}  // namespace

bool is_valid_tax_code(std::string_view code) {
  if (code.size() == 10) return all_digits(code);
  return code.size() == 14 && code[10] == '-' && all_digits(code.substr(0, 10)) &&
         all_digits(code.substr(11));
}

User Profiles::load(const Principal& who) {
  std::optional<User> user;
  services_.store.read([&](Transaction& tx) { user = tx.find_user(who.user.id); });
  if (!user) throw_unauthenticated();
  return *user;
}

User Profiles::update(const Principal& who, const ProfileInput& raw, const std::string& ip) {
  if (who.user.is_official())
    throw_forbidden();  // officials' records are kept by the administrator
  const auto in = trimmed(raw);
  User saved;
  services_.store.write([&](Transaction& tx) {
    auto user = tx.find_user(who.user.id);
    if (!user) throw_unauthenticated();
    Errors errors;
    check_identity(user->citizen_id, in.citizen_id, "citizen_id", core::is_valid_citizen_id,
                   "error.citizen_id", errors);
    check_identity(user->tax_code, in.tax_code, "tax_code", is_valid_tax_code,
                   "account.error.tax_code", errors);
    check_contacts(in, errors);
    check_address(tx, in, errors);
    if (!errors.empty()) throw_invalid(errors);
    if (user->citizen_id.empty()) user->citizen_id = in.citizen_id;
    if (user->tax_code.empty()) user->tax_code = in.tax_code;
    user->phone = in.phone;
    user->email = in.email;
    user->province_code = in.province_code;
    user->commune_code = in.commune_code;
    user->address = in.address;
    user->notify_channel = in.notify_channel;
    tx.update_user(*user);
    tx.append_audit(AuditEntry{services_.clock.now(), user->username, "profile_update",
                               user->username, "", ip});
    saved = *user;
  });
  return saved;
}

User Profiles::set_reminder_channel(const Principal& who, const std::string& channel,
                                    const std::string& ip) {
  if (!who.user.is_official()) throw_forbidden();  // an applicant's channel is in the profile
  User saved;
  services_.store.write([&](Transaction& tx) {
    auto user = tx.find_user(who.user.id);
    if (!user) throw_unauthenticated();
    Errors errors;
    check_channel(channel, user->phone, user->email, errors);
    if (!errors.empty()) throw_invalid(errors);
    user->notify_channel = channel;
    tx.update_user(*user);
    tx.append_audit(AuditEntry{services_.clock.now(), user->username, "reminder_channel",
                               user->username, channel, ip});
    saved = *user;
  });
  return saved;
}

}  // namespace motcua::app
