-- wrk script: GET /api/postings with filters varied per request (family, work mode, country, skill, salary, sort, page).
local families = { "", "backend", "frontend", "fullstack", "data", "devops", "ml", "mobile" }
local modes = { "", "", "remote", "hybrid", "onsite" }
local countries = { "", "", "US", "DE", "GB", "CA", "IN" }
local skills = { "", "", "Kafka", "Python", "React", "AWS", "PostgreSQL", "Kubernetes", "TypeScript" }
local sorts = { "date", "salary" }
local counter = 0

local function pick(list, n) return list[(n % #list) + 1] end

request = function()
  counter = counter + 1
  local n = counter
  local q = { "pageSize=20", "sort=" .. pick(sorts, n), "page=" .. ((n % 3) + 1) }
  local f = pick(families, n * 7); if f ~= "" then q[#q + 1] = "family=" .. f end
  local m = pick(modes, n * 3); if m ~= "" then q[#q + 1] = "workMode=" .. m end
  local c = pick(countries, n * 5); if c ~= "" then q[#q + 1] = "country=" .. c end
  local s = pick(skills, n * 11); if s ~= "" then q[#q + 1] = "skill=" .. s end
  if n % 4 == 0 then q[#q + 1] = "minSalary=" .. (80000 + (n % 5) * 20000) end
  return wrk.format("GET", "/api/postings?" .. table.concat(q, "&"))
end

local errors = 0
response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50: %.2f ms  p99: %.2f ms  max: %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: %d (non-2xx %d, connect %d, read %d, write %d, timeout %d)\n",
    non2xx + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    non2xx, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
