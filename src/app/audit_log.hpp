#pragma once
// The audit page (requirements §8, issue "administration"): every administrative change, sign-in,
// permission change and integration failure, filtered by period, actor and action, newest first,
// for administrators.
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

inline constexpr int kAuditPage = 100;
inline constexpr int kAuditExport = 10000;

class AuditLog {
 public:
  explicit AuditLog(Services& services) : services_(services) {}

  // forbidden unless administrator; the limit is kept within 1..kAuditExport.
  std::vector<AuditEntry> search(const Principal& who, AuditQuery query);

 private:
  Services& services_;
};

}  // namespace motcua::app
