#include "integrations/http_client.hpp"

#include <curl/curl.h>

#include <cctype>
#include <mutex>

namespace motcua::integrations {
namespace {

struct Sink {
  std::string* body;
  std::size_t limit;
};

std::size_t collect(char* data, std::size_t size, std::size_t count, void* target) {
  auto* sink = static_cast<Sink*>(target);
  const auto bytes = size * count;
  // Returning short makes curl stop with CURLE_WRITE_ERROR: an answer beyond the limit is refused.
  if (sink->body->size() + bytes > sink->limit) return 0;
  sink->body->append(data, bytes);
  return bytes;
}

void init_once() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct HeaderList {
  curl_slist* list = nullptr;
  ~HeaderList() { curl_slist_free_all(list); }
  void add(const std::string& line) { list = curl_slist_append(list, line.c_str()); }
};

}  // namespace

HttpClient::HttpClient() {
  init_once();
  handle_ = curl_easy_init();
}

HttpClient::~HttpClient() { curl_easy_cleanup(static_cast<CURL*>(handle_)); }

HttpAnswer HttpClient::send(const HttpCall& call) {
  auto* curl = static_cast<CURL*>(handle_);
  curl_easy_reset(curl);
  HttpAnswer answer;
  Sink sink{&answer.body, call.max_answer_bytes};
  HeaderList headers;
  if (!call.body.empty() || call.method != "GET") headers.add("Content-Type: " + call.content_type);
  headers.add("Accept: application/json");
  headers.add("Expect:");  // no 100-continue round trip
  for (const auto& [name, value] : call.headers) headers.add(name + ": " + value);
  curl_easy_setopt(curl, CURLOPT_URL, call.url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.list);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(call.connect_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(call.timeout.count()));
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
  if (call.method == "GET") {
    curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
  } else {
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, call.method.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, call.body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(call.body.size()));
  }
  const auto code = curl_easy_perform(curl);
  if (code != CURLE_OK) {
    answer.error = curl_easy_strerror(code);
    answer.body.clear();
    return answer;
  }
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  answer.status = static_cast<int>(status);
  return answer;
}

std::string url_encode(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string form_encode(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!out.empty()) out += '&';
    out += url_encode(name) + "=" + url_encode(value);
  }
  return out;
}

}  // namespace motcua::integrations
