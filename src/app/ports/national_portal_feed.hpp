#pragma once
// Dossiers filed on the national portal, read in filing order from a position.
#include <optional>
#include <string>
#include <vector>

namespace motcua::app {

struct NationalFile {
  std::string name;
  std::string component_id;
  std::string bytes;
};

struct NationalDossier {
  long long seq = 0;
  std::string code;  // MaHoSo: the dossier keeps it
  std::string procedure_code;
  std::string applicant_name;
  std::string id_number;
  std::string phone;
  std::string email;
  std::string address;
  std::string filed_at;   // NgayNopHoSo, yyyyMMddHHmmss
  std::string form_json;  // the e-form as filed
  std::vector<NationalFile> files;
  std::string raw;  // the item as received, for the message log
};

struct NationalFeedPage {
  std::vector<NationalDossier> items;
  long long next = 0;
};

class NationalPortalFeed {
 public:
  virtual ~NationalPortalFeed() = default;
  // Nothing when the portal could not be read (the next pass tries again from the same place).
  virtual std::optional<NationalFeedPage> fetch(long long after, int limit) const = 0;
};

}  // namespace motcua::app
