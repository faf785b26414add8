#include "app/outbox.hpp"

#include "core/sha256.hpp"

namespace motcua::app {

const std::vector<std::string>& national_systems() {
  static const std::vector<std::string> systems{"dvcqg", "vneid", "paygov", "vnpost",
                                                "esign", "emc",   "sms",    "email"};
  return systems;
}

bool enqueue(const Services& services, Transaction& tx, const OutgoingMessage& message) {
  if (services.sender == nullptr || !services.sender->connected(message.system)) return false;
  OutboxMessage row;
  row.system = message.system;
  row.kind = message.kind;
  row.key = message.key;
  row.stream = message.stream;
  row.dossier_id = message.dossier_id;
  row.body = message.body.dump();
  row.created_ms = services.clock.now_ms();
  row.next_attempt_ms = row.created_ms;
  return tx.enqueue_message(row);
}

std::string log_entry_hash(const IntegrationLogEntry& entry, const std::string& prev_hash) {
  const nlohmann::json fields = {
      {"message_id", entry.message_id ? nlohmann::json(*entry.message_id) : nlohmann::json()},
      {"direction", entry.direction},
      {"system", entry.system},
      {"kind", entry.kind},
      {"key", entry.key},
      {"dossier_id", entry.dossier_id ? nlohmann::json(*entry.dossier_id) : nlohmann::json()},
      {"request", entry.request},
      {"status", entry.status},
      {"answer", entry.answer},
      {"at_ms", entry.at_ms}};
  return core::sha256_hex(prev_hash + "\n" + fields.dump());
}

void append_log(Transaction& tx, IntegrationLogEntry entry) {
  entry.prev_hash = tx.lock_log_head();
  entry.hash = log_entry_hash(entry, entry.prev_hash);
  tx.append_log(entry);
}

LogCheck check_log_chain(Transaction& tx) {
  LogCheck check;
  std::string prev;
  long long after = 0;
  constexpr int kBatch = 1000;
  for (;;) {
    const auto entries = tx.list_log_from(after, kBatch);
    for (const auto& entry : entries) {
      ++check.entries;
      if (entry.prev_hash != prev || entry.hash != log_entry_hash(entry, prev)) {
        check.first_broken_id = entry.id;
        return check;
      }
      prev = entry.hash;
      after = entry.id;
    }
    if (entries.size() < static_cast<std::size_t>(kBatch)) return check;
  }
}

}  // namespace motcua::app
