#include "web/http/static_files.hpp"

#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "web/http/compression.hpp"
#include "web/http/header_value.hpp"
#include "web/http/http_errors.hpp"

namespace motcua::web {
namespace {

namespace fs = std::filesystem;

// Static assets are small; anything bigger is a mistake in the build and stays out of memory.
constexpr std::uintmax_t kMaxAssetBytes = 16 * 1024 * 1024;

struct TypeByExtension {
  std::string_view extension;
  std::string_view content_type;
  bool compressible;
};

constexpr std::array kTypes{
    TypeByExtension{"css", "text/css; charset=utf-8", true},
    TypeByExtension{"js", "text/javascript; charset=utf-8", true},
    TypeByExtension{"mjs", "text/javascript; charset=utf-8", true},
    TypeByExtension{"svg", "image/svg+xml", true},
    TypeByExtension{"png", "image/png", false},
    TypeByExtension{"jpg", "image/jpeg", false},
    TypeByExtension{"jpeg", "image/jpeg", false},
    TypeByExtension{"webp", "image/webp", false},
    TypeByExtension{"gif", "image/gif", false},
    TypeByExtension{"woff2", "font/woff2", false},
    TypeByExtension{"woff", "font/woff", false},
    TypeByExtension{"ico", "image/x-icon", true},
    TypeByExtension{"json", "application/json; charset=utf-8", true},
    TypeByExtension{"map", "application/json; charset=utf-8", true},
    TypeByExtension{"txt", "text/plain; charset=utf-8", true},
};

const TypeByExtension* type_of(std::string_view filename) {
  const auto dot = filename.rfind('.');
  if (dot == std::string_view::npos) return nullptr;
  const auto extension = to_lower(filename.substr(dot + 1));
  for (const auto& type : kTypes) {
    if (type.extension == extension) return &type;
  }
  return nullptr;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// FNV-1a: the ETag only needs to change when the content does; it guards no secret.
std::string content_hash(std::string_view data) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : data) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) out[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
  return out;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

// Keeps a compressed form only when it saves something.
std::string worth_it(std::optional<std::string> compressed, const std::string& identity) {
  if (!compressed || compressed->size() >= identity.size()) return {};
  return std::move(*compressed);
}

std::map<std::string, std::string> read_tree(const std::string& dir) {
  std::map<std::string, std::string> files;
  std::error_code error;
  const fs::path root(dir);
  if (!fs::is_directory(root, error)) {
    spdlog::warn("static folder {} not found: no static assets served", dir);
    return files;
  }
  for (const auto& entry : fs::recursive_directory_iterator(root, error)) {
    if (!entry.is_regular_file()) continue;
    if (entry.file_size() > kMaxAssetBytes) {
      spdlog::warn("static file {} skipped: larger than {} bytes", entry.path().string(),
                   kMaxAssetBytes);
      continue;
    }
    files.emplace(fs::relative(entry.path(), root).generic_string(), read_file(entry.path()));
  }
  return files;
}

struct Variant {
  const std::string* content;
  std::string_view encoding;  // "" for identity
  std::string etag;           // quoted
};

}  // namespace

std::string_view StaticFiles::content_type_for(std::string_view filename) {
  const auto* type = type_of(filename);
  return type ? type->content_type : "application/octet-stream";
}

StaticFiles StaticFiles::load(const std::string& dir) {
  return load(std::vector<std::string>{dir});
}

StaticFiles StaticFiles::load(const std::vector<std::string>& dirs) {
  StaticFiles files;
  std::map<std::string, std::string> tree;
  for (const auto& dir : dirs) tree.merge(read_tree(dir));  // merge keeps the earlier folder's file
  const auto sibling = [&](const std::string& name, std::string_view suffix) -> const std::string* {
    const auto found = tree.find(name + std::string(suffix));
    return found == tree.end() ? nullptr : &found->second;
  };
  for (const auto& [name, content] : tree) {
    const bool compressed_form = ends_with(name, ".gz") || ends_with(name, ".br");
    if (compressed_form && tree.count(name.substr(0, name.size() - 3)) > 0) continue;
    files.add(name, content, sibling(name, ".gz"), sibling(name, ".br"));
  }
  spdlog::info("static assets: {} files from {}", files.size(), fmt::join(dirs, ", "));
  return files;
}

void StaticFiles::add(const std::string& relative, std::string content, const std::string* gzip,
                      const std::string* brotli) {
  const auto* type = type_of(relative);
  Asset asset;
  asset.content_type = std::string(content_type_for(relative));
  asset.etag = content_hash(content);
  const bool compressible = type != nullptr && type->compressible;
  asset.gzip = gzip ? *gzip : compressible ? worth_it(gzip_compress(content), content) : "";
  asset.brotli = brotli ? *brotli : compressible ? worth_it(brotli_compress(content), content) : "";
  asset.identity = std::move(content);
  assets_.emplace(relative, std::move(asset));
}

StaticReply StaticFiles::serve(const Request& request, std::string_view relative) const {
  if (request.method != Method::get && request.method != Method::head) {
    auto reply = error_response(request, 405, "method_not_allowed");
    reply.header("allow", "GET, HEAD");
    return {std::move(reply), {}};
  }
  const auto found = assets_.find(std::string(relative));
  if (found == assets_.end()) return {error_response(request, 404, "not_found"), {}};
  const Asset& asset = found->second;

  const auto accept = request.header("accept-encoding").value_or("");
  Variant variant{&asset.identity, "", "\"" + asset.etag + "\""};
  if (!asset.brotli.empty() && accepts_encoding(accept, "br")) {
    variant = {&asset.brotli, "br", "\"" + asset.etag + "-br\""};
  } else if (!asset.gzip.empty() && accepts_encoding(accept, "gzip")) {
    variant = {&asset.gzip, "gzip", "\"" + asset.etag + "-gz\""};
  }

  const bool not_modified =
      etag_matches(request.header("if-none-match").value_or(""), variant.etag);
  StaticReply reply{Response::empty(not_modified ? 304 : 200), {}};
  auto& head = reply.head;
  if (!not_modified) head.header("content-type", asset.content_type);
  if (!variant.encoding.empty()) head.header("content-encoding", std::string(variant.encoding));
  head.header("cache-control", std::string(kImmutableCache));
  head.header("etag", variant.etag);
  head.header("vary", "Accept-Encoding");
  // The length of the chosen form even when no content follows (HEAD, 304: RFC 9110 §8.6).
  head.header("content-length", std::to_string(variant.content->size()));
  if (!not_modified && request.method == Method::get) reply.body = *variant.content;
  return reply;
}

bool accepts_encoding(std::string_view accept_encoding, std::string_view coding) {
  std::optional<bool> wildcard;
  while (!accept_encoding.empty()) {
    const auto comma = accept_encoding.find(',');
    const auto item = parse_header_value(accept_encoding.substr(0, comma));
    accept_encoding =
        comma == std::string_view::npos ? std::string_view{} : accept_encoding.substr(comma + 1);
    if (!item) continue;
    const auto q = item->param("q");
    const bool acceptable = !q || std::strtod(q->c_str(), nullptr) > 0.0;
    if (item->value == coding) return acceptable;
    if (item->value == "*") wildcard = acceptable;
  }
  return wildcard.value_or(false);
}

}  // namespace motcua::web
