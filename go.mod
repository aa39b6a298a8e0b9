module github.com/partnerkit/specializations

go 1.24

require github.com/shopspring/decimal v1.6.0

require github.com/google/go-cmp v0.7.0
