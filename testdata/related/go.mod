// A consumer's module, for codeswitch's test of related information in
// module mode: web switches over a code type of this module (surepass),
// vendorweb over one of another module (spsdk, a vendor SDK standing in
// for one in the module cache).
module example.com/portal

go 1.26.0

require example.com/spsdk v0.0.0

replace example.com/spsdk => ./spsdk
