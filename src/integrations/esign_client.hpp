#pragma once
// The national eSign gateway over HTTP (docs/integrations.md "eSign"): a remote signature of a
// digest, and its check: an RS256 JWS by the key the gateway named, over that digest, for that
// personal identification number.
#include "app/ports/remote_signer.hpp"
#include "integrations/connection_settings.hpp"

namespace motcua::integrations {

class EsignClient final : public app::RemoteSigner {
 public:
  explicit EsignClient(Endpoint endpoint) : endpoint_(std::move(endpoint)) {}

  std::optional<app::RemoteSignature> sign(const app::SignatureRequest& request,
                                           std::string& why) const override;
  bool verify(const app::RemoteSignature& signature, const std::string& sha256,
              const std::string& id_number) const override;

 private:
  Endpoint endpoint_;
};

}  // namespace motcua::integrations
