#include "cli/runtime.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>

#include "cli/admin_unit_loader.hpp"
#include "printouts/cairo_printer.hpp"
#include "printouts/log_sealer.hpp"
#include "printouts/pdf_signer.hpp"
#include "printouts/qr_svg.hpp"
#include "printouts/thumbnails.hpp"
#include "reports/xlsx_writer.hpp"
#include "security/pooled_crypto.hpp"
#include "security/sodium_crypto.hpp"
#include "store/open_store.hpp"

namespace motcua::cli {
namespace {

class SystemClock final : public app::Clock {
 public:
  core::Instant now() const override {
    return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
  }
  long long now_ms() const override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

}  // namespace

std::string resource_dir(const Arguments& args) {
  if (auto dir = args.value("resources")) return *dir;
  if (const char* env = std::getenv("MOTCUA_RESOURCES"); env && *env) return env;
  return MOTCUA_SOURCE_DIR;
}

const std::set<std::string>& store_options() {
  static const std::set<std::string> options{"data", "db", "file-store", "resources"};
  return options;
}

Runtime open_runtime(const Arguments& args, HashingLimits hashing, std::size_t store_connections) {
  Runtime runtime;
  const auto data = args.value_or("data", "var");
  const auto db = args.value_or("db", "");
  runtime.store = store::open_store(data, db, store_connections);
  const int applied = runtime.store->migrate();
  if (applied > 0)
    spdlog::info("applied {} migration(s) to the {} store", applied, runtime.store->kind());
  runtime.files =
      store::open_file_store(data, args.value_or("file-store", "disk"), db, store_connections);
  runtime.clock = std::make_unique<SystemClock>();
  runtime.crypto = std::make_unique<security::PooledCrypto>(
      std::make_unique<security::SodiumCrypto>(), hashing.threads, hashing.queue);
  runtime.printer = std::make_unique<printouts::CairoPrinter>();
  runtime.services = std::make_unique<app::Services>(app::Services{
      *runtime.store, *runtime.files, *runtime.clock, *runtime.crypto, {}, runtime.printer.get()});
  runtime.thumbnailer = std::make_unique<printouts::CairoThumbnailer>();
  runtime.services->thumbnailer = runtime.thumbnailer.get();
  runtime.qr_encoder = std::make_unique<printouts::SvgQrEncoder>();
  runtime.services->qr_encoder = runtime.qr_encoder.get();
  runtime.keyring = std::make_unique<printouts::UnitKeyring>(
      std::filesystem::path(data) / "keys", args.value_or("authority", kDefaultAuthority));
  runtime.signer = std::make_unique<printouts::PdfSigner>(*runtime.keyring);
  runtime.services->signer = runtime.signer.get();
  runtime.log_sealer =
      std::make_unique<printouts::KeyringLogSealer>(*runtime.keyring, *runtime.clock);
  runtime.services->log_sealer = runtime.log_sealer.get();
  runtime.spreadsheets = std::make_unique<reports::XlsxWriter>();
  runtime.services->spreadsheets = runtime.spreadsheets.get();
  load_admin_unit_folder(*runtime.services, resource_dir(args) + "/data/admin_units");
  return runtime;
}

}  // namespace motcua::cli
