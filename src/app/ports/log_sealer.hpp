#pragma once
// Signatures over the integration log's chain head: the system's key vouches that the log read
// this way at that moment, so rewriting the whole chain afterwards shows too.
#include <string>

namespace motcua::app {

class LogSealer {
 public:
  virtual ~LogSealer() = default;
  // A signature over `digest`, self-contained (base64 of a detached CMS with its certificate).
  virtual std::string seal(const std::string& digest) const = 0;
  // Whether `seal` signs `digest` under a key the province's root certifies.
  virtual bool verify(const std::string& digest, const std::string& seal) const = 0;
};

}  // namespace motcua::app
