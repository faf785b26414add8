#pragma once
// The national eSign gateway as the signing use case sees it (requirements P8, §9.6): the citizen
// signs the digest of their declaration remotely, and the signature can be checked again later
// from what was kept.
#include <optional>
#include <string>

namespace motcua::app {

struct SignatureRequest {
  std::string request_id;  // the idempotency key's tail: one signature per request
  std::string id_number;   // SoDinhDanh of the signer
  std::string full_name;
  std::string document_name;
  std::string sha256;  // the digest signed
};

struct RemoteSignature {
  std::string signature;    // ChuKy: compact JWS over the digest
  std::string certificate;  // ChungThu: the signer's public key, as the gateway gave it
  std::string signed_at;    // ThoiGianKy, as the gateway wrote it
};

class RemoteSigner {
 public:
  virtual ~RemoteSigner() = default;
  // The gateway's signature; nothing, with `why`, when it could not be reached or refused.
  virtual std::optional<RemoteSignature> sign(const SignatureRequest& request,
                                              std::string& why) const = 0;
  // Whether `signature` is a valid signature of `sha256` by the holder of `id_number`.
  virtual bool verify(const RemoteSignature& signature, const std::string& sha256,
                      const std::string& id_number) const = 0;
};

}  // namespace motcua::app
