#pragma once
// the applicant's profile (requirements P20). The identity is shown and fixed once
// recorded; the contacts are kept current by the applicant and are what the e-form prefills (P6,
// profile_key full_name, citizen_id, tax_code, phone, email, address) and where notices go.
#include <string>
#include <string_view>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct ProfileInput {
  std::string citizen_id;  // taken only while none is recorded
  std::string tax_code;    // likewise, for a business
  std::string phone;
  std::string email;
  std::string province_code;
  std::string commune_code;
  std::string address;  // the street line
  std::string notify_channel;
};

// Where a notice of a status change is sent besides the portal itself.
inline constexpr const char* kNotifyChannels[] = {"portal", "email", "sms", "all"};

class Profiles {
 public:
  explicit Profiles(Services& services) : services_(services) {}

  // The caller's account as stored now (the principal may be a moment old).
  User load(const Principal& who);
  // Checks every field (400 with per-field keys, nothing stored) and saves the contacts.
  User update(const Principal& who, const ProfileInput& input, const std::string& ip);
  // An official's choice of how deadline reminders reach them besides the portal, among the
  // contacts the administrator recorded (403 for an applicant, 400 for a channel without them).
  User set_reminder_channel(const Principal& who, const std::string& channel,
                            const std::string& ip);

 private:
  Services& services_;
};

// Law on Tax Administration 38/2019/QH14 Art 30(3): a tax code is 10 digits, a dependent unit's
// 13, written "NNNNNNNNNN-NNN".
bool is_valid_tax_code(std::string_view code);

}  // namespace motcua::app
