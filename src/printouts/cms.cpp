#include "printouts/cms.hpp"

#include <openssl/err.h>

namespace motcua::printouts {

// The signed attributes carry the ESS signing-certificate-v2 that CAdES asks for (CMS_CADES).
std::string cms_signature(const std::string& signed_bytes, const UnitCredentials& unit,
                          X509* root) {
  auto data = memory_reader(signed_bytes);
  STACK_OF(X509)* chain = sk_X509_new_null();
  if (root != nullptr) sk_X509_push(chain, root);
  CmsHandle cms(CMS_sign(unit.certificate.get(), unit.key.get(), chain, data.get(),
                         CMS_DETACHED | CMS_BINARY | CMS_CADES | CMS_NOSMIMECAP));
  sk_X509_free(chain);
  if (!cms) throw openssl_error("CMS_sign");
  BioHandle out(BIO_new(BIO_s_mem()));
  if (!out || i2d_CMS_bio(out.get(), cms.get()) != 1) throw openssl_error("i2d_CMS_bio");
  return memory_contents(out.get());
}

bool cms_verifies(CMS_ContentInfo* cms, const std::string& signed_bytes, X509_STORE* store,
                  unsigned flags) {
  auto data = memory_reader(signed_bytes);
  const bool ok = CMS_verify(cms, nullptr, store, data.get(), nullptr, flags) == 1;
  ERR_clear_error();
  return ok;
}

StoreHandle trust_store(X509* root) {
  StoreHandle store(X509_STORE_new());
  if (!store) throw openssl_error("X509_STORE_new");
  if (root != nullptr) X509_STORE_add_cert(store.get(), root);
  X509_STORE_set_purpose(store.get(), X509_PURPOSE_ANY);
  return store;
}

}  // namespace motcua::printouts
