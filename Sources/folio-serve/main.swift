import FolioServe

PreviewServer.main()
