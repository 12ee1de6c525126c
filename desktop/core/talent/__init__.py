"""Manajemen talenta (issue 14): the rules that turn appraisal results into the lists a BKPSDM
prepares for its talent committee, promotions and training plans. Qt-free and I/O-free; the
official results stay in BKN's system, so everything here is a draft and says so."""
