#pragma once
// How a dossier is described to the national systems: the codes of the national portal's dossier
// sync (requirements §9.3) and of EMC's dossier events (requirements §10).
#include <optional>
#include <string>
#include <string_view>

#include "core/dossier.hpp"
#include "core/procedure.hpp"

namespace motcua::core {

// EMC Status: 1 received (local 1–2), 2 processing (4), 3 result returned (9–10), 0 other.
int emc_status(Status status);
// EMC FormsReception: 1 online (online, post, national portal), 2 in person.
int emc_forms_reception(Channel channel);
// EMC Level: 4 toàn trình, 3 một phần, 0 otherwise (a counter service).
int emc_level(ServiceLevel level);
// EMC IsDVCBC: 1 when the result goes by post (VNPost), else 0 (in person).
int emc_postal(std::optional<ReturnMethod> method, Channel channel);
// EMC User.TYPE: "1" for an organisation (a 10-digit tax code), else "2".
std::string emc_user_type(std::string_view identifier);
// KenhThucHien: 1 counter, 2 online (own portal or the national one), 3 post.
int national_channel(Channel channel);
// The national portal's time format, yyyyMMddHHmmss in Asia/Ho_Chi_Minh.
std::string national_time(Instant at);
std::optional<Instant> parse_national_time(std::string_view text);

}  // namespace motcua::core
