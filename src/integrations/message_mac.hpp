#pragma once
// The MaXacThuc rule of the national systems (docs/integrations.md): the lower-case hex SHA-256 of
// the fields joined by "|", then "|" and the shared secret.
#include <string>
#include <vector>

namespace motcua::integrations {

std::string mac_over(const std::vector<std::string>& fields, const std::string& secret);
// Compares in time independent of where the texts differ.
bool same_mac(const std::string& expected, const std::string& given);

}  // namespace motcua::integrations
