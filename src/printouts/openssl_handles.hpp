#pragma once
// Owning handles for the OpenSSL objects of signing and verification: each is freed exactly once,
// on every path.
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "printouts/handles.hpp"

namespace motcua::printouts {

using KeyHandle = std::unique_ptr<EVP_PKEY, Releaser<EVP_PKEY_free>>;
using CertificateHandle = std::unique_ptr<X509, Releaser<X509_free>>;
using BioHandle = std::unique_ptr<BIO, Releaser<BIO_free>>;
using CmsHandle = std::unique_ptr<CMS_ContentInfo, Releaser<CMS_ContentInfo_free>>;
using StoreHandle = std::unique_ptr<X509_STORE, Releaser<X509_STORE_free>>;

// The library's last error queued on this thread, with `what` in front; clears the queue.
std::runtime_error openssl_error(const std::string& what);

// A read-only memory BIO over `bytes`, which must outlive it.
BioHandle memory_reader(const std::string& bytes);
// What a memory BIO written to holds.
std::string memory_contents(BIO* bio);

}  // namespace motcua::printouts
