#pragma once
// Detached CMS signatures (RFC 5652) by a unit's key under the province's root: what signs a PDF
// and what seals the integration log.
#include <string>

#include "printouts/unit_keyring.hpp"

namespace motcua::printouts {

// DER of a detached CAdES signature over `bytes`, with `root` (may be null) in the chain.
std::string cms_signature(const std::string& bytes, const UnitCredentials& unit, X509* root);

// Whether `cms` signs `bytes` under the flags (CMS_NO_SIGNER_CERT_VERIFY: integrity alone).
bool cms_verifies(CMS_ContentInfo* cms, const std::string& bytes, X509_STORE* store,
                  unsigned flags);

// A store that trusts `root` only (none when null).
StoreHandle trust_store(X509* root);

}  // namespace motcua::printouts
