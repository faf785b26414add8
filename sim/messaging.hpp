#pragma once
// The systems that only take messages from motcua: SMS and e-mail gateways, EMC (the monitoring
// of digital government services), and the eSign gateway where the citizen signs remotely. The
// gateways send a delivery receipt to the message's CallbackUrl, "failed" for a recipient a test
// marked undeliverable.
#include <atomic>
#include <mutex>
#include <set>
#include <string>

#include "integrations/jose.hpp"
#include "sim_context.hpp"
#include "web/http/router.hpp"

namespace motcua::sim {

class Messaging {
 public:
  explicit Messaging(SimContext& context)
      : context_(context), citizen_key_(integrations::RsaSigningKey::generate()) {}
  void install(web::Router& router);

 private:
  web::Response sign(const web::Request& request);
  web::Response track(const web::Request& request);
  web::Response sms(const web::Request& request);
  web::Response email(const web::Request& request);
  // Logs the message and answers {"id", "status": "accepted"}; the delivery receipt follows.
  web::Response accept(const web::Request& request, const json& body, const char* system);
  // POST /_sim/undeliverable {"to"}: messages to that number or address fail from now on.
  web::Response mark_undeliverable(const web::Request& request);
  void send_receipt(const json& body, const std::string& id);

  SimContext& context_;
  integrations::RsaSigningKey citizen_key_;  // stands for every citizen's signing certificate
  std::atomic<long long> next_id_{1};
  std::mutex mutex_;
  std::set<std::string> undeliverable_;
};

}  // namespace motcua::sim
